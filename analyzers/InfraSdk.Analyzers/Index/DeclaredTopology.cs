using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Extraction.Model;
using InfraSdk.Rules;

namespace InfraSdk.Analyzers.Index;

/// <summary>A topology class of the compilation, the nodePorts it claims (the same instances the claim index holds), and its declarations as the rules see them.</summary>
internal sealed class DeclaredTopology(TopologySpec spec, ImmutableArray<NodePortClaim> claims)
{
    public TopologySpec Spec { get; } = spec;

    public ImmutableArray<NodePortClaim> Claims { get; } = claims;

    /// <summary>The declarations read in full.</summary>
    public IReadOnlyList<DeclaredResource> Complete { get; } =
        spec.Resources.Where(r => r.IsComplete).Select(r => new DeclaredResource(r.Declaration!, spec.KubernetesNamespace)).ToList();

    /// <summary>The declarations with values known only at run time, read as far as they go.</summary>
    public IReadOnlyList<DeclaredResource> PartlyRead { get; } =
        spec.Resources.Where(r => !r.IsComplete && r.Declaration is not null).Select(r => new DeclaredResource(r.Declaration!, spec.KubernetesNamespace)).ToList();

    /// <summary>What the rules judge: this topology's declarations, against every declaration of the compilation.</summary>
    public DeclaredTopologies? View { get; private set; }

    public void JudgeAgainst(DeclaredTopologies all) => View = all.About(Complete, PartlyRead);

    /// <summary>What each rule found about this topology's declarations, worked out once per compilation.</summary>
    public ConcurrentDictionary<System.Type, System.Lazy<ImmutableArray<RuleFinding>>> Findings { get; } = new();
}
