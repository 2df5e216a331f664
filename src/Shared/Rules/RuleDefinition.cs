namespace InfraSdk.Rules;

/// <summary>
/// A rule as both hosts report it: the analyzers build their DiagnosticDescriptor from it, <c>plan</c> and
/// <c>deploy</c> print its ID and message. <see cref="MessageFormat"/> takes the finding's arguments ({0}, {1}, ...).
/// </summary>
internal sealed record RuleDefinition(string Id, string Title, string MessageFormat, RuleSeverity Severity, string Category)
{
    public string Format(params string[] arguments) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
}

internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
