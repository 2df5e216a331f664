using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Settings;

/// <summary>
/// The project's settings: the cluster's node-port range and the port-squeeze threshold. Each comes from the MSBuild
/// property (made visible by the package's build props), else from the .editorconfig/.globalconfig key, else the default.
/// </summary>
internal sealed class InfraSdkSettings
{
    public const string RangeProperty = "InfraSdkNodePortRange";
    public const string RangeKey = "infrasdk.node_port_range";
    public const string ThresholdProperty = "InfraSdkPortSqueezeThreshold";
    public const string ThresholdKey = "infrasdk.port_squeeze_threshold";
    public const int DefaultThresholdPercent = 80;

    private InfraSdkSettings(NodePortRange range, int thresholdPercent, ImmutableArray<InvalidSetting> problems)
    {
        Range = range;
        ThresholdPercent = thresholdPercent;
        Problems = problems;
    }

    public NodePortRange Range { get; }

    /// <summary>IS0011 fires when pinned nodePorts use more than this percentage of the range.</summary>
    public int ThresholdPercent { get; }

    /// <summary>Malformed values that were replaced by their defaults (IS0014).</summary>
    public ImmutableArray<InvalidSetting> Problems { get; }

    /// <summary>Reads the settings; <paramref name="trees"/> are the files whose .editorconfig sections are consulted, in order.</summary>
    public static InfraSdkSettings Read(AnalyzerConfigOptionsProvider options, IEnumerable<SyntaxTree> trees)
    {
        var problems = ImmutableArray.CreateBuilder<InvalidSetting>();

        var range = NodePortRange.Default;
        if (Find(options, trees, RangeProperty, RangeKey) is { } rangeSetting)
        {
            if (NodePortRange.TryParse(rangeSetting.Value, out var parsed))
            {
                range = parsed;
            }
            else
            {
                problems.Add(new InvalidSetting(rangeSetting.Name, rangeSetting.Value, "a node-port range is two ports FIRST-LAST between 1 and 65535, such as 30000-32767", range.ToString()));
            }
        }

        var threshold = DefaultThresholdPercent;
        if (Find(options, trees, ThresholdProperty, ThresholdKey) is { } thresholdSetting)
        {
            var text = thresholdSetting.Value.Trim().TrimEnd('%');
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100)
            {
                threshold = percent;
            }
            else
            {
                problems.Add(new InvalidSetting(thresholdSetting.Name, thresholdSetting.Value, "the threshold is a percentage from 1 to 100, such as 80", threshold + "%"));
            }
        }

        return new InfraSdkSettings(range, threshold, problems.ToImmutable());
    }

    private static (string Name, string Value)? Find(AnalyzerConfigOptionsProvider options, IEnumerable<SyntaxTree> trees, string property, string key)
    {
        if (options.GlobalOptions.TryGetValue("build_property." + property, out var fromMsBuild) && !string.IsNullOrWhiteSpace(fromMsBuild))
        {
            return (property, fromMsBuild);
        }

        if (options.GlobalOptions.TryGetValue(key, out var fromGlobalConfig) && !string.IsNullOrWhiteSpace(fromGlobalConfig))
        {
            return (key, fromGlobalConfig);
        }

        foreach (var tree in trees)
        {
            if (options.GetOptions(tree).TryGetValue(key, out var fromEditorConfig) && !string.IsNullOrWhiteSpace(fromEditorConfig))
            {
                return (key, fromEditorConfig);
            }
        }

        return null;
    }
}
