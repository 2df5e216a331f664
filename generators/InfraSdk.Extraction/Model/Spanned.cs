using InfraSdk.Declarations;
using System;
using System.Collections.Generic;

namespace InfraSdk.Extraction.Model;

/// <summary>A value read from source, with the span of the expression it came from (for diagnostics and code fixes).</summary>
internal readonly record struct Spanned<T>(T Value, SourceSpan Span)
    where T : IEquatable<T>
{
    public bool Equals(Spanned<T> other) => EqualityComparer<T>.Default.Equals(Value, other.Value) && Span.Equals(other.Span);

    public override int GetHashCode() => (EqualityComparer<T>.Default.GetHashCode(Value) * 397) ^ Span.GetHashCode();
}
