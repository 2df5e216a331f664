using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Model;

/// <summary>One entry of Labels, Annotations or Selector: <c>["app"] = "web"</c> or <c>{ "app", "web" }</c>.</summary>
internal sealed record LabelSpec(string Key, string Value, SourceSpan KeySpan, SourceSpan ValueSpan);
