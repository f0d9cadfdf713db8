#include "reportloader.h"

#include "check/checker.h"
#include "extract/extractor.h"
#include "ingest/reader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <exception>

namespace juesuan::ui {

LoadOutcome loadReport(const QString &path) {
    LoadOutcome outcome;
    outcome.path = path;
    try {
        const ingest::ReadResult read = ingest::readSource(path);
        if (!read.ok()) {
            outcome.error = read.error;
            return outcome;
        }
        model::Report report = extract::extractReport(*read.document);
        outcome.findings = check::Checker().check(report).findings;
        outcome.report = std::move(report);
    } catch (const std::exception &exception) {
        outcome.report.reset();
        outcome.findings.clear();
        outcome.error = QCoreApplication::translate("ReportLoader", "could not be processed: %1")
                            .arg(QString::fromLocal8Bit(exception.what()));
    }
    return outcome;
}

bool isReportFileName(const QString &fileName) {
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("pdf"),
                                      QStringLiteral("docx"), QStringLiteral("xlsx"),
                                      QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

QStringList expandPaths(const QStringList &paths) {
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isReportFileName(file))
                found.append(file);
        }
        found.sort();
        files.append(found);
    }
    return files;
}

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent) {}

ReportLoader::~ReportLoader() {
    for (QFutureWatcher<LoadOutcome> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void ReportLoader::load(const QStringList &files) {
    if (files.isEmpty())
        return;
    const bool wasBusy = isBusy();
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
            [this, watcher](int begin, int end) { onResults(watcher, begin, end); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onFinished(watcher); });
    m_watchers.append(watcher);
    m_total += static_cast<int>(files.size());
    watcher->setFuture(QtConcurrent::mapped(files, &loadReport));
    emit progressChanged(m_done, m_total);
    if (!wasBusy)
        emit busyChanged(true);
}

void ReportLoader::cancel() {
    if (!isBusy())
        return;
    m_cancelled = true;
    for (QFutureWatcher<LoadOutcome> *watcher : std::as_const(m_watchers))
        watcher->cancel();
}

void ReportLoader::onResults(QFutureWatcher<LoadOutcome> *watcher, int begin, int end) {
    QList<LoadOutcome> batch;
    batch.reserve(end - begin);
    for (int i = begin; i < end; ++i)
        batch.append(watcher->resultAt(i));
    m_done += static_cast<int>(batch.size());
    emit loaded(batch);
    emit progressChanged(m_done, m_total);
}

void ReportLoader::onFinished(QFutureWatcher<LoadOutcome> *watcher) {
    m_watchers.removeOne(watcher);
    watcher->deleteLater();
    if (isBusy())
        return;
    const bool cancelled = m_cancelled;
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    emit busyChanged(false);
    emit finished(cancelled);
}

} // namespace juesuan::ui
