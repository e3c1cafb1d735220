// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <memory>

namespace Kvarter {

/// Files that hold citizen data or keys are readable by their owner only, whatever the umask:
/// files 0600, Kvarter's folders 0700. A profile made by an older Kvarter (0644 files in a 0755
/// folder) is tightened when it is opened.
namespace PrivateFiles {
/// Makes `dir` and any missing parents; the folders made are 0700. With `tighten`, an existing
/// `dir` is made 0700 too (Kvarter's own folders; never a folder the user merely chose).
bool makeFolder(const QString &dir, bool tighten);
/// Creates `path` empty and 0600 unless it exists; an existing file loses any group or other bits.
bool createFile(const QString &path);
/// Takes group and other bits off `path` if it exists (no error if it does not).
void tighten(const QString &path);
/// Writes `data` to `path` as a PrivateSaveFile does.
bool write(const QString &path, const QByteArray &data, QString *error = nullptr);
} // namespace PrivateFiles

/// QSaveFile for private files: written under a temporary name created 0600 (mkstemp, so never
/// readable by others even for a moment, whatever the umask), flushed to disk and renamed over
/// `path` on commit. Uncommitted, the temporary file is removed.
class PrivateSaveFile final
{
    Q_DISABLE_COPY_MOVE(PrivateSaveFile)

public:
    explicit PrivateSaveFile(QString path);
    ~PrivateSaveFile();
    bool open();
    /// Open for writing after open(); QPdfWriter and friends write here.
    QFile &device() { return m_file; }
    bool commit();
    void cancel();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_temporary;
    QFile m_file;
    QString m_error;
};

} // namespace Kvarter
