#pragma once

#include <QByteArrayView>

namespace juesuan::ingest {

// How many tags a page has and how deep its elements nest, as far as one
// linear pass over the markup can tell, before the page is parsed.
//
// HTML5 tree construction looks through the open elements for most start
// tags of block elements ("close a p element in button scope"), so the parse
// takes time quadratic in the nesting depth: with gumbo 0.10.1, 20 000
// nested <div> parse in 1.4 s and 100 000 in 78 s. Debian's gumbo has no
// option to stop at a depth (later forks added max_tree_depth), and every
// element costs it some 400 bytes; a page deeper or larger than a report
// can be is therefore refused before gumbo sees it.
//
// The depth follows HTML's rules where sloppy pages rely on them (an end tag
// closes what it encloses; p, li, dt/dd, option, tr and td/th close their
// open predecessor; block elements close an open p; void elements and
// raw-text elements such as <script> never stay open), so that unclosed
// tags in real pages do not pile up. It is an estimate, not a parse: the
// tree the parser builds is bounded again when it is read (see htmlbody).
struct HtmlShape {
    qsizetype tags = 0; // start tags
    int depth = 0;      // the deepest nesting reached
};

// Stops as soon as the depth passes `depthLimit`: the page is refused then.
HtmlShape measureHtml(QByteArrayView utf8, int depthLimit);

} // namespace juesuan::ingest
