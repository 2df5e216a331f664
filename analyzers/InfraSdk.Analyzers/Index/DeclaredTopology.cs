using InfraSdk.Rules;
using System.Collections.Immutable;
using InfraSdk.Extraction.Model;

namespace InfraSdk.Analyzers.Index;

/// <summary>A topology class of the compilation and the nodePorts it claims (the same instances the claim index holds).</summary>
internal sealed record DeclaredTopology(TopologySpec Spec, ImmutableArray<NodePortClaim> Claims);
