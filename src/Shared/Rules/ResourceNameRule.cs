using System;
using System.Collections.Generic;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// IS0004: names the API server would reject: a Service name that is not a DNS-1035 label, another resource's name
/// that is not a DNS-1123 subdomain, a namespace that is not a DNS-1123 label, a label, selector or annotation key that
/// is not a qualified name, a label or selector value that is not a label value.
/// </summary>
internal sealed class ResourceNameRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.InvalidName;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var resource in topologies.EveryValueRead)
        {
            var findings = new List<RuleFinding>();
            var kind = ResourceTypes.Of(resource.Type)?.Kind ?? resource.Type;
            var nameRule = ResourceTypes.IsService(resource.Type) ? KubernetesNames.CheckDns1035Label : (Func<string, IReadOnlyList<string>>)KubernetesNames.CheckDns1123Subdomain;
            Check(findings, resource, kind + " name", resource.Declaration["Name"], nameRule);
            Check(findings, resource, "Namespace", resource.Declaration["Namespace"], KubernetesNames.CheckDns1123Label);
            CheckEntries(findings, resource, "label", "Labels", checkValues: true);
            CheckEntries(findings, resource, "selector", "Selector", checkValues: true);
            CheckEntries(findings, resource, "annotation", "Annotations", checkValues: false);
            foreach (var finding in findings)
            {
                yield return finding;
            }
        }
    }

    private void CheckEntries(List<RuleFinding> findings, DeclaredResource resource, string what, string member, bool checkValues)
    {
        foreach (var entry in resource.Declaration.Entries(member))
        {
            Check(findings, resource, what + " key", DeclScalar.Of(entry.Key) with { Span = entry.KeySpan }, KubernetesNames.CheckQualifiedName);
            if (checkValues)
            {
                Check(findings, resource, what + " value", entry.Value, KubernetesNames.CheckLabelValue);
            }
        }
    }

    private void Check(List<RuleFinding> findings, DeclaredResource resource, string what, DeclValue? value, Func<string, IReadOnlyList<string>> rule)
    {
        if (value is DeclScalar { Kind: ScalarKind.String } text && rule(text.Text) is { Count: > 0 } problems)
        {
            findings.Add(new RuleFinding(Rule, resource, text.Span, [what, text.Text, string.Join("; ", problems)]));
        }
    }
}
