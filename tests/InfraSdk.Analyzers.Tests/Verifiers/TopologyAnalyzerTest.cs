using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Verifiers;

/// <summary>An analyzer test over topology sources, with InfraSdk referenced and optional InfraSdk settings.</summary>
internal sealed class TopologyAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public TopologyAnalyzerTest(string source, params string[] moreSources)
    {
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        TestState.Sources.Add((SourcePath(1), source));
        for (var i = 0; i < moreSources.Length; i++)
        {
            TestState.Sources.Add((SourcePath(i + 2), moreSources[i]));
        }
    }

    /// <summary>"/src/Topology.cs", "/src/Topology2.cs"...: rooted, so that .editorconfig sections apply to them.</summary>
    public static string SourcePath(int number) => number == 1 ? "/src/Topology.cs" : $"/src/Topology{number}.cs";

    /// <summary>Sets MSBuild properties as the package's CompilerVisibleProperty items expose them.</summary>
    public TopologyAnalyzerTest<TAnalyzer> WithMsBuildProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public TopologyAnalyzerTest<TAnalyzer> WithEditorConfig(string key, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/src/.editorconfig", $"root = true\n\n[*.cs]\n{key} = {value}\n"));
        return this;
    }

    public TopologyAnalyzerTest<TAnalyzer> Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }
}
