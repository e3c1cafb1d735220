// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "decision/DecisionService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace Kvarter {

class MessageBar;
class Session;

/// The visitator's section day: the proposals that went outside a team's frame, grouped by team,
/// oldest first. For the one selected, the proposal beside the assessment it was made from, and the
/// three answers: grant as proposed, another amount, or refuse. After a decision, its letter.
class VisitationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitationPage)

public:
    explicit VisitationPage(Session &session, QWidget *parent = nullptr);

    /// Reads the queue again, keeping the selection where it can.
    void reload();
    /// The escalation selected; empty when none.
    QString selectedId() const;
    bool select(const QString &escalationId);
    /// The decision made last on this page (its letter is what the letter actions give).
    const QString &lastDecisionId() const { return m_lastDecisionId; }
    /// Writes the letter of the last decision to `path`; false (with a message) when it could not.
    bool saveLetter(const QString &path);

    void grantAsProposed();
    void answerWith(int kind); // EscalationAnswer::Kind, as int for the signal
    void showLetter();
    void saveLetterAs();

private:
    void showSelected();
    QString proposalHtml(const EscalationItem &item) const;
    QString assessmentHtml(const Decision &escalation) const;
    void decided(const Decision &decision);
    const EscalationItem *selected() const;

    Session &m_session;
    QList<EscalationItem> m_queue;
    QString m_lastDecisionId;
    MessageBar *m_message;
    QTreeWidget *m_list;
    QLabel *m_proposal;
    QLabel *m_assessment;
    QLabel *m_empty;
    QPushButton *m_grant;
    QPushButton *m_change;
    QPushButton *m_refuse;
    QSplitter *m_splitter;
    QWidget *m_letterRow;
    QLabel *m_letter;
    QPushButton *m_showLetter;
    QPushButton *m_saveLetter;
};

} // namespace Kvarter
