using System;

namespace InfraSdk.Declarations;

/// <summary>
/// A declared value as plain data: what the compiler reads from an initializer and what the runtime reads from the
/// object, in the same shape, so one mapping and one set of rules serve both. <see cref="Span"/> is where the value is
/// written in source; null at run time.
/// </summary>
internal abstract record DeclValue
{
    public SourceSpan? Span { get; init; }
}

/// <summary>The kinds of scalar a model property holds.</summary>
internal enum ScalarKind
{
    String,
    Number,
    Boolean,

    /// <summary>An enum member, by its C# name ("Udp").</summary>
    Enum,
}

/// <summary>A string, integer, boolean or enum member, as invariant text.</summary>
internal sealed record DeclScalar(ScalarKind Kind, string Text) : DeclValue
{
    public static DeclScalar Of(string value) => new(ScalarKind.String, value);

    public static DeclScalar Of(long value) => new(ScalarKind.Number, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DeclScalar Of(bool value) => new(ScalarKind.Boolean, value ? "true" : "false");

    public static DeclScalar OfEnum(string member) => new(ScalarKind.Enum, member);

    public long? Number => Kind == ScalarKind.Number && long.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>A list, in declaration order.</summary>
internal sealed record DeclList(EquatableArray<DeclValue> Items) : DeclValue;

/// <summary>A string-keyed dictionary, in declaration order, with Dictionary's semantics for repeated keys.</summary>
internal sealed record DeclMap(EquatableArray<DeclEntry> Entries) : DeclValue;

internal sealed record DeclEntry(string Key, DeclValue Value, SourceSpan? KeySpan);

/// <summary>An object of a model type: its constructor arguments and properties, by property name.</summary>
internal sealed record DeclObject(string Type, EquatableArray<DeclMember> Members) : DeclValue
{
    public DeclValue? this[string name]
    {
        get
        {
            foreach (var member in Members)
            {
                if (string.Equals(member.Name, name, StringComparison.Ordinal))
                {
                    return member.Value;
                }
            }

            return null;
        }
    }
}

internal sealed record DeclMember(string Name, DeclValue Value);
