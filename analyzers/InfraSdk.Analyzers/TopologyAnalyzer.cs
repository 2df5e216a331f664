using InfraSdk.Analyzers.Index;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers;

/// <summary>
/// The shape of every InfraSdk analyzer: per <c>[Topology]</c> class symbol (so results show live in the IDE), with
/// the compilation-wide facts read from the shared <see cref="TopologyCompilation"/> index, computed once.
/// </summary>
public abstract class TopologyAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(TopologyClasses.AttributeMetadataName);
            if (attribute is null)
            {
                return;
            }

            var compilation = start.Compilation;
            var options = start.Options.AnalyzerConfigOptionsProvider;
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (!TopologyClasses.IsTopology(type, attribute))
                    {
                        return;
                    }

                    var index = TopologyCompilation.For(compilation, options);
                    if (index.TryGetTopology(type, out var topology))
                    {
                        Analyze(new TopologyContext(symbolContext, index, topology));
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private protected abstract void Analyze(TopologyContext context);
}
