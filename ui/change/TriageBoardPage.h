// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kvarter {

class MessageBar;
class Session;
class TriageBoardModel;

/// The triage board for the team's short daily meeting: citizens by colour with who set it, when
/// and why, the deadlines counting down (overdue in red), today's follow-up, filters by colour and
/// nurse, and the board as PDF. It follows changes as they arrive by sync; showing it is logged as
/// an opening of the citizens on it, a refresh is not.
class TriageBoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageBoardPage)

public:
    explicit TriageBoardPage(Session &session, QWidget *parent = nullptr);

    TriageBoardModel *model() const { return m_model; }
    void reload();
    /// Opens the colour dialog for the selected citizen.
    void setColourOfSelected();
    void followUpSelected();
    /// Writes the board (as filtered) to `path`; false with the reason in the message bar.
    bool printTo(const QString &path);

Q_SIGNALS:
    void citizenRequested(const QString &citizenId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString selectedCitizen() const;
    void fillNurses();
    void updateActions();

    Session &m_session;
    TriageBoardModel *m_model;
    QTableView *m_table;
    QLabel *m_counts;
    QComboBox *m_colourFilter;
    QComboBox *m_nurseFilter;
    QPushButton *m_setColour;
    QPushButton *m_followUp;
    QPushButton *m_open;
    MessageBar *m_messages;
    QTimer m_tick;
    bool m_logged = false;
};

} // namespace Kvarter
