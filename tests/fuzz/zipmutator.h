#pragma once

// A libFuzzer custom mutator for the DOCX and XLSX targets. Their inputs are
// zip archives, and a byte changed inside a deflated part almost always
// breaks the part's checksum, so plain mutations seldom reach the XML parts
// behind the archive. This one mostly unpacks the archive, mutates one
// part's XML with libFuzzer's own mutator and packs it again (stored, so
// that later byte mutations touch the XML directly); sometimes it mutates the
// archive's bytes as they are, so that the zip layer is fuzzed too.
//
// Only linked into the libFuzzer programs: the replay of the seeds and
// regressions needs no mutator.
