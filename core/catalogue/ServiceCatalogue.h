// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Kvarter {

/// One service (indsats) from FSIII, e.g. H1.1 "Personlig hygiejne" under "SEL § 83".
struct Service
{
    QString code;
    QString name;
    QString groupCode;
    QString groupName;           // the paragraph or heading the service sits under
    bool holisticCourse = false; // an Ældrelov helhedspleje service, granted as a course, not minutes
    bool nursing = false;        // SUL § 138
};

/// The services a grant or a visit can name, read from the FSIII code system shipped in the
/// resources (HL7 Denmark's FHIR CodeSystem). Only the care and nursing services are kept.
class ServiceCatalogue final
{
public:
    /// The catalogue built from the bundled FSIII file; loaded once.
    static const ServiceCatalogue &standard();
    /// Builds a catalogue from FHIR CodeSystem JSON; an unreadable file gives an empty catalogue.
    static ServiceCatalogue fromJson(const QByteArray &json);

    const QList<Service> &services() const { return m_services; }
    const Service *find(const QString &code) const;
    bool isEmpty() const { return m_services.isEmpty(); }
    /// The display name of a code, or the code itself when unknown (never lose what was recorded).
    QString nameOf(const QString &code) const;
    /// A frame names a service or a whole group (all of § 83 stk. 1 nr. 1): the service, else the
    /// first service of the group (which carries the group's name and kind), else nullptr.
    const Service *findServiceOrGroup(const QString &code) const;
    /// The name of a service or of a group, or the code itself when unknown.
    QString nameOfServiceOrGroup(const QString &code) const;

private:
    QList<Service> m_services;
    QHash<QString, qsizetype> m_index;
};

} // namespace Kvarter
