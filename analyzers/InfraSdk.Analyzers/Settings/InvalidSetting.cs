namespace InfraSdk.Analyzers.Settings;

/// <summary>A setting whose value could not be read, and the default used instead.</summary>
internal sealed record InvalidSetting(string Name, string Value, string Expected, string UsedInstead);
