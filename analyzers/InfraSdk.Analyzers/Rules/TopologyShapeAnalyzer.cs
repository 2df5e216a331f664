using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0013: a [Topology] class that cannot take the generated members (not static partial, nested, generic, file-local,
/// or already using one of their names), or a model member that is not static readonly.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TopologyShapeAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.TopologyShape);

    private protected override void Analyze(TopologyContext context)
    {
        var topology = context.Topology;
        if (!topology.IsStatic || !topology.IsPartial)
        {
            context.Report(
                DiagnosticDescriptors.TopologyShape,
                topology.ClassSpan,
                $"[Topology] class {topology.ClassName} must be static partial: the generator adds its Manifests and Resources to it");
        }

        if (topology.IsNested)
        {
            context.Report(
                DiagnosticDescriptors.TopologyShape,
                topology.ClassSpan,
                $"[Topology] class {topology.ClassName} must not be nested in another type: the generator adds its Manifests and Resources to top-level classes only");
        }

        if (topology.IsGeneric)
        {
            context.Report(
                DiagnosticDescriptors.TopologyShape,
                topology.ClassSpan,
                $"[Topology] class {topology.ClassName} must not be generic: its Manifests would need a type argument");
        }

        if (topology.IsFileLocal)
        {
            context.Report(
                DiagnosticDescriptors.TopologyShape,
                topology.ClassSpan,
                $"[Topology] class {topology.ClassName} must not be file-local: the generated Manifests and Resources, in a file of their own, would be another class's");
        }

        if (topology.TakenGeneratedName is { } taken)
        {
            context.Report(
                DiagnosticDescriptors.TopologyShape,
                topology.ClassSpan,
                taken == topology.ClassName
                    ? $"[Topology] class {taken} must not be named {taken}: the generator adds a member of that name to it"
                    : $"[Topology] class {topology.ClassName} must not declare a member named {taken}: the generator adds {taken} to it");
        }

        foreach (var resource in topology.Resources)
        {
            if (!resource.IsStatic || !resource.IsReadOnly)
            {
                context.Report(
                    DiagnosticDescriptors.TopologyShape,
                    resource.MemberSpan,
                    $"{topology.ClassName}.{resource.MemberName} must be static readonly (a static readonly field or a static get-only property): a topology is declared once and never changes");
            }
        }
    }
}
