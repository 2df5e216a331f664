using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>A case's AdditionalFiles and MSBuild properties as the compiler hands them to generators and analyzers.</summary>
internal sealed class ProjectOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public ProjectOptions(FuzzCase project)
    {
        _global = new Options(project.Properties.ToImmutableDictionary(property => "build_property." + property.Name, property => property.Value));
        AdditionalFiles = project.AdditionalFiles.Select(file => (AdditionalText)new File(file.Path, file.Text)).ToImmutableArray();
    }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class File(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
