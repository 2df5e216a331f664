using InfraSdk.Declarations;
using System.Text;
using InfraSdk.Extraction.Model;
using InfraSdk.Generators.Emission;
using InfraSdk.Rules;

namespace InfraSdk.Generators.Sources;

/// <summary>The claims of every topology in the project, in one assembly attribute.</summary>
internal static class NodePortClaimsSource
{
    public const string HintName = "InfraSdk.NodePortClaims.g.cs";

    public static string Write(EquatableArray<NodePortClaimEmission> claims)
    {
        var table = new StringBuilder();
        foreach (var claim in claims)
        {
            NodePortClaimTable.Append(table, claim.NodePort, claim.Namespace, claim.Service, claim.Source, claim.Protocol, claim.Port);
        }

        return new StringBuilder(GeneratedCode.Header).Append('\n')
            .Append("[assembly: global::InfraSdk.NodePortClaims(").Append(CSharpLiteral.Text(table.ToString())).Append(")]\n")
            .ToString();
    }
}
