using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using InfraSdk.Declarations;

namespace InfraSdk;

/// <summary>
/// Reads a model object into the same <see cref="DeclObject"/> shape the compiler reads from its initializer: every
/// constructor-set or init property with a value, empty collections and nulls left out, delegates skipped.
/// </summary>
internal static class DeclReader
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static DeclObject Read(object model) => (DeclObject)Value(model)!;

    private static DeclValue? Value(object? value) => value switch
    {
        null or Delegate => null,
        string text => DeclScalar.Of(text),
        bool flag => DeclScalar.Of(flag),
        Enum member => DeclScalar.OfEnum(member.ToString()),
        int or long or short or byte or uint or ushort or sbyte => DeclScalar.Of(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        IDictionary dictionary => Map(dictionary),
        IEnumerable items => List(items),
        _ => Object(value),
    };

    private static DeclMap? Map(IDictionary dictionary)
    {
        var entries = new List<DeclEntry>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (Value(entry.Value) is { } value)
            {
                entries.Add(new DeclEntry(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!, value, null));
            }
        }

        return entries.Count == 0 ? null : new DeclMap(entries.ToEquatableArray());
    }

    private static DeclList? List(IEnumerable items)
    {
        var values = new List<DeclValue>();
        foreach (var item in items)
        {
            if (Value(item) is { } value)
            {
                values.Add(value);
            }
        }

        return values.Count == 0 ? null : new DeclList(values.ToEquatableArray());
    }

    private static DeclObject Object(object model)
    {
        var members = new List<DeclMember>();
        foreach (var property in Properties.GetOrAdd(model.GetType(), DeclaredProperties))
        {
            if (Value(property.GetValue(model)) is { } value)
            {
                members.Add(new DeclMember(property.Name, value));
            }
        }

        return new DeclObject(model.GetType().Name, members.ToEquatableArray());
    }

    /// <summary>The properties a declaration can set: init or settable ones, and those a constructor parameter of the same name sets.</summary>
    private static PropertyInfo[] DeclaredProperties(Type type)
    {
        var parameters = type.GetConstructors()
            .SelectMany(constructor => constructor.GetParameters())
            .Select(parameter => parameter.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && (property.CanWrite || parameters.Contains(property.Name)))
            .ToArray();
    }
}
