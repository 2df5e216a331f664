using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using InfraSdk.Manifests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0024: a ConfigMap file the build does not list as AdditionalFiles, so the generator cannot compile it in.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConfigFileNotInBuild);

    private protected override void Analyze(TopologyContext context)
    {
        var available = context.AdditionalFilePaths.ToList();
        foreach (var configMap in context.Topology.Resources.Where(resource => resource.Kind == ResourceKind.ConfigMap && resource.Declaration is not null))
        {
            foreach (var file in configMap.Declaration!.Entries("Files"))
            {
                if (file.Value is DeclScalar { Kind: ScalarKind.String } path && path.Span is { } span && !available.Any(item => ProjectPaths.Names(path.Text, item)))
                {
                    context.Report(DiagnosticDescriptors.ConfigFileNotInBuild, span, path.Text, context.NameOf(configMap));
                }
            }
        }
    }
}
