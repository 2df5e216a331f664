namespace InfraSdk.Deploy.Access;

/// <summary>Where access writes, whether it keeps watching (and how often it looks again), and what it runs after a rewrite.</summary>
internal sealed record AccessRun(string Directory, bool Watch, string? OnChange, TimeSpan Interval);
