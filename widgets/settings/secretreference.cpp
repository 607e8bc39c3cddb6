#include "widgets/settings/secretreference.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &referencePattern()
{
    // Keychain entry names may be paths such as llm/openai; variables are C identifiers.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:env:([A-Za-z_][A-Za-z0-9_]*)|keychain:([A-Za-z0-9_.@/:+-]+))$"));
    return pattern;
}

} // namespace

bool SecretReference::isReference(const QString &text)
{
    return referencePattern().match(text.trimmed()).hasMatch();
}

QString SecretReference::environmentName(const QString &reference)
{
    return referencePattern().match(reference.trimmed()).captured(1);
}

QString SecretReference::keychainName(const QString &reference)
{
    return referencePattern().match(reference.trimmed()).captured(2);
}
