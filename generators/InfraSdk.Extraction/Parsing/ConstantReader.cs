using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// Evaluates an operation to a compile-time constant, as far as the compiler folds it: literals, const fields, enum
/// members, constant arithmetic, constant interpolated strings and nameof all arrive as <see cref="IOperation.ConstantValue"/>.
/// </summary>
internal static class ConstantReader
{
    /// <summary>
    /// The operation under implicit conversions and casts to nullable (<c>8080</c> or <c>(int?)8080</c> as an
    /// <c>int?</c>), which keep a constant's value but not its <see cref="IOperation.ConstantValue"/>.
    /// </summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (!operation.ConstantValue.HasValue && operation is IConversionOperation conversion && (conversion.IsImplicit || IsToNullable(conversion)))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsToNullable(IConversionOperation conversion) =>
        conversion.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
        && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], conversion.Operand.Type);

    public static bool IsNull(IOperation operation)
    {
        var constant = Unwrap(operation).ConstantValue;
        return constant.HasValue && constant.Value is null;
    }

    public static bool TryString(IOperation operation, out string value)
    {
        value = string.Empty;
        if (Unwrap(operation).ConstantValue is { HasValue: true, Value: string text })
        {
            value = text;
            return true;
        }

        return false;
    }

    public static bool TryInt(IOperation operation, out int value)
    {
        value = 0;
        if (Unwrap(operation).ConstantValue is { HasValue: true, Value: int number })
        {
            value = number;
            return true;
        }

        return false;
    }

    public static bool TryBool(IOperation operation, out bool value)
    {
        value = false;
        if (Unwrap(operation).ConstantValue is { HasValue: true, Value: bool flag })
        {
            value = flag;
            return true;
        }

        return false;
    }

    /// <summary>The name of the enum member a constant enum value stands for, e.g. "Udp" for <c>Protocol.Udp</c> or <c>(Protocol)1</c>.</summary>
    public static bool TryEnumMember(IOperation operation, out string name)
    {
        name = string.Empty;
        var unwrapped = Unwrap(operation);
        return unwrapped.ConstantValue is { HasValue: true, Value: { } value } && TryEnumMember(unwrapped.Type, value, out name);
    }

    /// <summary>The first member of <paramref name="type"/>, an enum, whose value is <paramref name="value"/>.</summary>
    public static bool TryEnumMember(ITypeSymbol? type, object value, out string name)
    {
        name = string.Empty;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return false;
        }

        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && SameValue(field.ConstantValue, value))
            {
                name = field.Name;
                return true;
            }
        }

        return false;
    }

    private static bool SameValue(object? left, object right) => left is not null && Convert.ToInt64(left) == Convert.ToInt64(right);
}
