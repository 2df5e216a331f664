using InfraSdk.Declarations;
using System;
using System.Linq;
using System.Threading;
using InfraSdk.Extraction.Model;
using InfraSdk.Extraction.Parsing;
using InfraSdk.Generators.Emission;
using InfraSdk.Generators.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.Generators;

/// <summary>
/// Adds <c>Manifests</c> and <c>Resources</c> to every <c>[Topology]</c> class, with the YAML of each declaration
/// compiled in, and records the project's pinned nodePorts as assembly attributes. Silent by design: what it cannot
/// generate it skips, and the analyzers say why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TopologyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var topologies = context.SyntaxProvider
            .ForAttributeWithMetadataName(ModelTypes.TopologyAttribute, static (node, _) => node is ClassDeclarationSyntax, static (context, cancellationToken) => Read(context, cancellationToken))
            .Where(static topology => topology is not null)
            .Select(static (topology, _) => topology!)
            .WithTrackingName(TrackingNames.Topologies);

        var namedFiles = topologies
            .SelectMany(static (topology, _) => TopologyEmissionBuilder.FilesNamed(topology))
            .Collect()
            .Select(static (paths, _) => paths.Distinct().ToEquatableArray())
            .WithTrackingName(TrackingNames.NamedFiles);
        var files = context.AdditionalTextsProvider
            .Combine(namedFiles)
            .Where(static pair => pair.Right.Any(path => new ProjectFile(pair.Left.Path, null).Is(path)))
            .Select(static (pair, cancellationToken) => new ProjectFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.Files);

        var emissions = topologies
            .Combine(files)
            .Select(static (pair, _) => TopologyEmissionBuilder.Build(pair.Left, pair.Right))
            .Where(static emission => emission is not null)
            .Select(static (emission, _) => emission!)
            .WithTrackingName(TrackingNames.Emissions);
        context.RegisterSourceOutput(emissions, static (output, emission) => output.AddSource(emission.HintName, TopologySource.Write(emission)));

        var claims = topologies
            .Select(static (topology, _) => NodePortClaims.Of(topology))
            .WithTrackingName(TrackingNames.Claims)
            .Collect()
            .Select(static (perTopology, _) => perTopology.SelectMany(claims => claims).ToEquatableArray())
            .WithTrackingName(TrackingNames.AllClaims);
        context.RegisterSourceOutput(claims, static (output, all) =>
        {
            if (all.Count > 0)
            {
                output.AddSource(NodePortClaimsSource.HintName, NodePortClaimsSource.Write(all));
            }
        });
    }

    private static TopologySpec? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            return context.TargetSymbol is INamedTypeSymbol type && IsFirstMarkedPart(type, context)
                ? TopologySpecCache.Parse(type, context.SemanticModel.Compilation, cancellationToken, context.SemanticModel, withoutNullableAnalysis: true)
                : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>One topology marked on several of its parts (an error, CS0579) is read once, at the first; once a part, its generated file would be added twice under one name.</summary>
    private static bool IsFirstMarkedPart(INamedTypeSymbol type, GeneratorAttributeSyntaxContext context) =>
        type.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == ModelTypes.TopologyAttribute)?.ApplicationSyntaxReference is not { } first
        || (first.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(first.Span));
}
