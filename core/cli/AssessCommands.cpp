// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessCommands.h"

#include "CliContext.h"
#include "access/Access.h"
#include "assessment/AssessmentJson.h"
#include "assessment/AssessmentService.h"
#include "assessment/AssessmentValidator.h"
#include "common/Error.h"
#include "grant/GrantService.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

namespace {

// "CODE=VALUE" split at the last '=' (codes never hold one); false when either side is empty.
bool splitPair(const QString &text, QString &code, QString &value)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('='));
    if (at <= 0 || at == text.size() - 1)
        return false;
    code = text.left(at).trimmed();
    value = text.mid(at + 1).trimmed();
    return !code.isEmpty() && !value.isEmpty();
}

QString nursingName(NursingState state)
{
    switch (state) {
    case NursingState::Problem: return AssessmentsCommand::tr("problem");
    case NursingState::Potential: return AssessmentsCommand::tr("potential problem");
    case NursingState::None: break;
    }
    return {};
}

QString conditionLine(const AssessedCondition &c, const FsiiiTerms &terms)
{
    QString line = QStringLiteral("  %1: ").arg(terms.displayOf(c.code));
    line += c.level ? QStringLiteral("%1 %2").arg(*c.level).arg(FsiiiTerms::levelName(*c.level)) : nursingName(c.nursing);
    QStringList view;
    if (!c.performance.isEmpty())
        view << terms.displayOf(c.performance);
    if (!c.meaning.isEmpty())
        view << terms.displayOf(c.meaning);
    if (!view.isEmpty())
        line += QStringLiteral(" (%1)").arg(view.join(QStringLiteral(", ")));
    if (c.goalLevel)
        line += AssessmentsCommand::tr("; goal %1").arg(*c.goalLevel);
    else if (!c.goalType.isEmpty())
        line += AssessmentsCommand::tr("; goal: %1").arg(terms.displayOf(c.goalType));
    if (!c.note.isEmpty())
        line += QStringLiteral(" — ") + c.note;
    return line;
}

QString assessmentText(const Assessment &a, const FsiiiTerms &terms)
{
    QStringList lines;
    QString head = QStringLiteral("%1  %2  %3")
                       .arg(a.assessedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            a.authorName.isEmpty() ? a.authorId : a.authorName, a.id);
    if (!a.supersedesId.isEmpty())
        head += AssessmentsCommand::tr("  (corrects %1)").arg(a.supersedesId);
    if (a.superseded())
        head += AssessmentsCommand::tr("  [superseded by %1]").arg(a.supersededById);
    lines << head;
    for (const AssessedCondition &c : a.conditions)
        lines << conditionLine(c, terms);
    for (const FollowUp &f : a.followUps)
        lines << AssessmentsCommand::tr("  Follow-up %1: %2")
                     .arg(f.conditionCode.isEmpty() ? f.grantId : terms.displayOf(f.conditionCode), terms.displayOf(f.outcome));
    if (!a.wishes.isEmpty())
        lines << AssessmentsCommand::tr("  Wishes and goals: %1").arg(a.wishes);
    if (!a.overall.isEmpty())
        lines << AssessmentsCommand::tr("  Overall assessment: %1").arg(a.overall);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void AssessCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("condition"),
                       tr("A function-ability condition and its level 0–4 or 9, e.g. J1.1=2 (FSIII code, current or "
                          "legacy); repeat for more."),
                       tr("code=level") });
    parser.addOption({ QStringLiteral("nursing"), tr("A nursing condition as problem or potential, e.g. I4.4=potential."),
                       tr("code=problem|potential") });
    parser.addOption({ QStringLiteral("followup"),
                       tr("A follow-up of a condition or of a service (grant id or service code): E1 continues, "
                          "E2 changed within the frame, E3 ends, E4 back to the visitator, e.g. J1.1=E2 or H1.1=E1."),
                       tr("code=outcome") });
    parser.addOption({ QStringLiteral("wishes"), tr("The citizen's own wishes and goals."), tr("text") });
    parser.addOption({ QStringLiteral("overall"), tr("The overall assessment."), tr("text") });
    parser.addOption({ QStringLiteral("corrects"), tr("Save this as the correction of an earlier assessment."), tr("id") });
    CliContext::addActorOption(parser);
}

int AssessCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the citizen's CPR number or id."), 2);
    const QCommandLineParser &p = context.parser();
    Session &session = context.session();
    // Refuse someone without the right before complaining about what they typed.
    Access::require(session.actor(), Right::Assess);
    const std::optional<Citizen> citizen = context.citizen(args.at(1));
    if (!citizen)
        return context.fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);

    Assessment a;
    a.citizenId = citizen->id;
    a.wishes = p.value(QStringLiteral("wishes"));
    a.overall = p.value(QStringLiteral("overall"));
    // What the options cannot even say is reported per field like the service's own errors.
    FieldErrors malformed;
    QString code, value;
    for (const QString &option : p.values(QStringLiteral("condition"))) {
        AssessedCondition c;
        bool isNumber = false;
        if (splitPair(option, code, value))
            c.level = value.toInt(&isNumber);
        if (!isNumber)
            malformed << FieldError { AssessmentValidator::fieldKey("conditions", a.conditions.size(), "level"),
                                      tr("'%1' is not CODE=LEVEL, e.g. J1.1=2.").arg(option) };
        c.code = code;
        a.conditions << c;
    }
    for (const QString &option : p.values(QStringLiteral("nursing"))) {
        AssessedCondition c;
        if (splitPair(option, code, value) && value == QLatin1String("problem"))
            c.nursing = NursingState::Problem;
        else if (splitPair(option, code, value) && value == QLatin1String("potential"))
            c.nursing = NursingState::Potential;
        else
            malformed << FieldError { AssessmentValidator::fieldKey("conditions", a.conditions.size(), "nursing"),
                                      tr("'%1' is not CODE=problem or CODE=potential.").arg(option) };
        c.code = code;
        a.conditions << c;
    }
    const QList<Grant> grants = session.grants().grantsFor(citizen->id);
    for (const QString &option : p.values(QStringLiteral("followup"))) {
        FollowUp f;
        if (!splitPair(option, code, value))
            malformed << FieldError { AssessmentValidator::fieldKey("followUps", a.followUps.size(), "outcome"),
                                      tr("'%1' is not CODE=OUTCOME, e.g. J1.1=E1.").arg(option) };
        f.outcome = value;
        // A condition code, else a service: a grant id, or the service code of one of the citizen's grants.
        if (!FsiiiTerms::standard().conditionCode(code).isEmpty()) {
            f.conditionCode = code;
        } else {
            f.grantId = code;
            for (const Grant &g : grants)
                if (g.serviceCode == code && g.isActiveOn(context.clock().today()))
                    f.grantId = g.id;
        }
        a.followUps << f;
    }
    if (!malformed.isEmpty()) {
        // Everything else that is wrong too, so one run tells the whole story.
        const AssessmentValidator validator(FsiiiTerms::standard());
        QStringList named;
        for (const FieldError &e : malformed)
            named << e.field;
        for (const FieldError &e : validator.validate(validator.normalized(a)))
            if (!named.contains(e.field) && !named.contains(e.field.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".level"))
                && !named.contains(e.field.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".nursing")))
                malformed << e;
        throw ValidationError(malformed);
    }

    AssessmentService assessments = session.assessments();
    const QString id =
        p.isSet(QStringLiteral("corrects")) ? assessments.correct(p.value(QStringLiteral("corrects")), a) : assessments.add(a);
    const Assessment saved = *assessments.assessment(id);
    context.emitResult(AssessmentJson::toJson(saved, &FsiiiTerms::standard()), id);
    return 0;
}

void AssessmentsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("area"), tr("Show this area's history instead, e.g. J1 (Egenomsorg)."), tr("code") });
    CliContext::addActorOption(parser);
    CliContext::addReasonOption(parser);
}

int AssessmentsCommand::run(CliContext &context)
{
    int failed = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    context.recordOpening(citizen->id, AccessPart::Function);
    AssessmentService assessments = context.session().assessments();
    const FsiiiTerms &terms = FsiiiTerms::standard();

    if (context.parser().isSet(QStringLiteral("area"))) {
        const QString area = context.parser().value(QStringLiteral("area"));
        if (!terms.find(area) || terms.find(area)->condition)
            return context.fail(tr("'%1' is not an FSIII area; areas are e.g. J1 Egenomsorg or I4 Hud og slimhinder.").arg(area),
                                4);
        const AreaHistory history = assessments.areaHistory(citizen->id, area);
        QStringList lines { QStringLiteral("%1 — %2").arg(history.areaDisplay, citizen->name) };
        for (const ConditionHistory &c : history.conditions) {
            QStringList points;
            for (const ConditionPoint &point : c.points)
                points << QStringLiteral("%1: %2").arg(point.assessedAt.toString(QStringLiteral("yyyy-MM-dd")),
                                                       point.level ? QString::number(*point.level) : nursingName(point.nursing));
            lines << QStringLiteral("  %1  %2").arg(c.display, points.join(QStringLiteral(", ")));
        }
        if (history.conditions.isEmpty())
            lines << tr("  Not assessed yet.");
        context.emitResult(AssessmentJson::areaHistory(history), lines.join(QLatin1Char('\n')));
        return 0;
    }

    const QList<Assessment> all = assessments.assessments(citizen->id);
    QJsonArray json;
    QStringList text;
    for (const Assessment &a : all) {
        json << AssessmentJson::toJson(a, &terms);
        text << assessmentText(a, terms);
    }
    if (all.isEmpty())
        text << tr("%1 has not been assessed yet.").arg(citizen->name);
    context.emitResult(json, text.join(QStringLiteral("\n\n")));
    return 0;
}

} // namespace Kvarter
