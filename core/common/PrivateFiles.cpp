// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kvarter {

namespace {
QByteArray native(const QString &path) { return QFile::encodeName(path); }
} // namespace

bool PrivateFiles::makeFolder(const QString &dir, bool tighten)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at) && at != QDir::rootPath(); at = QFileInfo(at).path())
        missing.prepend(at);
    for (const QString &folder : missing) {
        // mkdir's mode is masked by the umask; chmod says it exactly.
        if (::mkdir(native(folder).constData(), 0700) != 0 && errno != EEXIST)
            return false;
        ::chmod(native(folder).constData(), 0700);
    }
    if (tighten && missing.isEmpty()) {
        struct stat st
        {};
        if (::stat(native(absolute).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::geteuid()
            && (st.st_mode & 077) != 0)
            ::chmod(native(absolute).constData(), st.st_mode & 0700);
    }
    return QFileInfo(absolute).isDir();
}

bool PrivateFiles::createFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    struct stat st
    {};
    if (::fstat(fd, &st) == 0 && (st.st_mode & 077) != 0)
        ::fchmod(fd, st.st_mode & 0700);
    ::close(fd);
    return true;
}

void PrivateFiles::tighten(const QString &path)
{
    struct stat st
    {};
    if (::lstat(native(path).constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
        ::chmod(native(path).constData(), st.st_mode & 0700);
}

bool PrivateFiles::write(const QString &path, const QByteArray &data, QString *error)
{
    PrivateSaveFile file(path);
    const bool written = file.open() && file.device().write(data) == data.size() && file.commit();
    if (!written && error)
        *error = file.errorString();
    return written;
}

PrivateSaveFile::PrivateSaveFile(QString path) : m_path(std::move(path)) {}

PrivateSaveFile::~PrivateSaveFile() { cancel(); }

bool PrivateSaveFile::open()
{
    QByteArray name = native(m_path) + ".XXXXXX";
    const int fd = ::mkstemp(name.data()); // 0600 whatever the umask
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    m_temporary = QFile::decodeName(name);
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        ::unlink(name.constData());
        m_temporary.clear();
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool PrivateSaveFile::commit()
{
    if (m_temporary.isEmpty() || !m_file.isOpen()) {
        m_error = QStringLiteral("not open");
        return false;
    }
    const bool flushed = m_file.flush() && ::fsync(m_file.handle()) == 0;
    m_file.close();
    if (!flushed || ::rename(native(m_temporary).constData(), native(m_path).constData()) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        cancel();
        return false;
    }
    m_temporary.clear();
    return true;
}

void PrivateSaveFile::cancel()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_temporary.isEmpty())
        ::unlink(native(m_temporary).constData());
    m_temporary.clear();
}

} // namespace Kvarter
