#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace juesuan::ui {

class RelationsModel;
class ReportDocument;

// Details of what is selected in the source page. For a figure: what it is,
// its value, wording and reason, and every relation it takes part in. For a
// finding: the full message, stated and expected values, and its figures.
class FigureDetailsView : public QWidget {
    Q_OBJECT
public:
    explicit FigureDetailsView(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    void setFigure(int figureIndex);
    void setFinding(int findingIndex);

    RelationsModel *relationsModel() const { return m_relations; }

signals:
    void findingActivated(int findingIndex);
    void figureActivated(int figureIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString figureHtml(int figureIndex) const;
    QString findingHtml(int findingIndex) const;

    QPointer<ReportDocument> m_document;
    int m_figure = -1;
    int m_finding = -1;
    QLabel *m_header;
    QLabel *m_relationsTitle;
    QTreeView *m_view;
    RelationsModel *m_relations;
};

} // namespace juesuan::ui
