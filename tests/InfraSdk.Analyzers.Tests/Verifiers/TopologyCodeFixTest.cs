using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Verifiers;

/// <summary>A code-fix test: sources with markup before, expected sources after, InfraSdk referenced.</summary>
internal sealed class TopologyCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public TopologyCodeFixTest(string source, string fixedSource)
        : this([source], [fixedSource])
    {
    }

    public TopologyCodeFixTest(string[] sources, string[] fixedSources)
    {
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        FixedState.AdditionalReferences.AddRange(TestReferences.All);
        for (var i = 0; i < sources.Length; i++)
        {
            TestState.Sources.Add(($"Topology{i + 1}.cs", sources[i]));
        }

        for (var i = 0; i < fixedSources.Length; i++)
        {
            FixedState.Sources.Add(($"Topology{i + 1}.cs", fixedSources[i]));
        }
    }

    /// <summary>Expects fix-all to give <paramref name="batchFixedSources"/>, where fixing one diagnostic at a time gives the fixed sources.</summary>
    public TopologyCodeFixTest<TAnalyzer, TCodeFix> WithFixAllResult(params string[] batchFixedSources)
    {
        BatchFixedState.AdditionalReferences.AddRange(TestReferences.All);
        for (var i = 0; i < batchFixedSources.Length; i++)
        {
            BatchFixedState.Sources.Add(($"Topology{i + 1}.cs", batchFixedSources[i]));
        }

        return this;
    }

    /// <summary>Adds a project <paramref name="name"/> to the solution: its source before and after fixing one at a time.</summary>
    public TopologyCodeFixTest<TAnalyzer, TCodeFix> WithProject(string name, string source, string fixedSource)
    {
        TestState.AdditionalProjects[name].Sources.Add(($"/{name}/Topology.cs", source));
        TestState.AdditionalProjects[name].AdditionalReferences.AddRange(TestReferences.All);
        FixedState.AdditionalProjects[name].Sources.Add(($"/{name}/Topology.cs", fixedSource));
        FixedState.AdditionalProjects[name].AdditionalReferences.AddRange(TestReferences.All);
        return this;
    }

    /// <summary>The source of project <paramref name="name"/> after fix-all.</summary>
    public TopologyCodeFixTest<TAnalyzer, TCodeFix> WithFixAllProject(string name, string batchFixedSource)
    {
        BatchFixedState.AdditionalProjects[name].Sources.Add(($"/{name}/Topology.cs", batchFixedSource));
        BatchFixedState.AdditionalProjects[name].AdditionalReferences.AddRange(TestReferences.All);
        return this;
    }
}
