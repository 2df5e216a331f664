using InfraSdk.Declarations;
using System.Collections.Generic;
using InfraSdk.Extraction.Model;

namespace InfraSdk.Extraction.Parsing;

/// <summary>The values of one declaration, collected while its initializer is read.</summary>
internal sealed class ResourceSpecBuilder(string memberName, ResourceKind kind, bool isStatic, bool isReadOnly, SourceSpan memberSpan)
{
    public List<SourceSpan> NonConstantValues { get; } = [];

    public Spanned<string>? Name { get; set; }

    public Spanned<string>? Namespace { get; set; }

    public LabelList Labels { get; } = new();

    public LabelList Annotations { get; } = new();

    public LabelList Selector { get; } = new();

    public Spanned<string>? Image { get; set; }

    public Spanned<int>? Replicas { get; set; }

    public List<Spanned<int>> ContainerPorts { get; } = [];

    public List<ServicePortSpec> Ports { get; } = [];

    public Spanned<string>? ExternalTrafficPolicy { get; set; }

    public Spanned<string>? HttpProbePath { get; set; }

    public bool TcpProbe { get; set; }

    public Spanned<int>? HealthCheckNodePort { get; set; }

    public Spanned<bool>? AllocateLoadBalancerNodePorts { get; set; }

    public bool HasInitializer { get; set; } = true;

    public bool IsNullable { get; set; }

    public ResourceSpec Build() => new(
        memberName,
        kind,
        isStatic,
        isReadOnly,
        memberSpan,
        NonConstantValues.ToEquatableArray(),
        Name,
        Namespace,
        Labels.Entries.ToEquatableArray(),
        Annotations.Entries.ToEquatableArray(),
        Image,
        Replicas,
        ContainerPorts.ToEquatableArray(),
        Selector.Entries.ToEquatableArray(),
        Ports.ToEquatableArray(),
        ExternalTrafficPolicy,
        HttpProbePath,
        TcpProbe,
        HealthCheckNodePort,
        AllocateLoadBalancerNodePorts)
    {
        HasInitializer = HasInitializer,
        IsNullable = IsNullable,
    };
}

/// <summary>A dictionary initializer's entries in source order, with Dictionary's semantics for repeated keys.</summary>
internal sealed class LabelList
{
    public List<LabelSpec> Entries { get; } = [];

    public void Clear() => Entries.Clear();

    /// <summary><c>["key"] = value</c>: replaces an existing entry in place.</summary>
    public void Set(LabelSpec entry)
    {
        var index = Entries.FindIndex(e => e.Key == entry.Key);
        if (index < 0)
        {
            Entries.Add(entry);
        }
        else
        {
            Entries[index] = entry;
        }
    }

    /// <summary><c>{ "key", value }</c>: false when the key is already there (Dictionary.Add would throw).</summary>
    public bool TryAdd(LabelSpec entry)
    {
        if (Entries.Exists(e => e.Key == entry.Key))
        {
            return false;
        }

        Entries.Add(entry);
        return true;
    }
}
