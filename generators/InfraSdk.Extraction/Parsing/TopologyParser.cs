using InfraSdk.Declarations;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// The one entry point of the extraction layer: a <c>[Topology]</c> class symbol to a <see cref="TopologySpec"/>.
/// Never throws (apart from cancellation): a declaration it cannot read becomes "not constant".
/// </summary>
internal static class TopologyParser
{
    /// <summary>Reads <paramref name="type"/>, a class marked <c>[Topology]</c>, and its model-typed fields and properties.</summary>
    /// <param name="semanticModel">A model of one of the class's syntax trees, reused for members declared in it.</param>
    public static TopologySpec Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken, SemanticModel? semanticModel = null) =>
        Parse(type, compilation, cancellationToken, semanticModel, dependencies: null);

    /// <summary>As <see cref="Parse(INamedTypeSymbol, Compilation, CancellationToken, SemanticModel?)"/>, recording in <paramref name="dependencies"/> what the result depends on outside the class's own syntax trees.</summary>
    /// <param name="withoutNullableAnalysis">Bind in <see cref="ForReading"/>'s twin: right where nothing else binds the same initializers (the generator); not in the analyzers, whose semantic models the compiler shares with every other analyzer.</param>
    internal static TopologySpec Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken, SemanticModel? semanticModel, TopologyDependencies? dependencies, bool withoutNullableAnalysis = false)
    {
        var models = new SemanticModels(compilation, semanticModel, withoutNullableAnalysis, dependencies);
        var resources = new List<ResourceSpec>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared || TypeOf(member) is not { } memberType || ModelTypes.KindOf(memberType) is not { } kind)
            {
                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                resources.Add(ReadMember(member, memberType, kind, reference.GetSyntax(cancellationToken), models, cancellationToken, dependencies));
            }
        }

        return new TopologySpec(
            type.Name,
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            AccessibilityKeyword(type.DeclaredAccessibility),
            type.IsStatic,
            IsPartial(type, cancellationToken),
            type.ContainingType is not null,
            KubernetesNamespace(type),
            ClassSpan(type, cancellationToken),
            resources.OrderBy(r => r.MemberSpan.FilePath, StringComparer.Ordinal).ThenBy(r => r.MemberSpan.Start).ToEquatableArray())
        {
            IsGeneric = type.IsGenericType,
            IsFileLocal = type.IsFileLocal,
            TakenGeneratedName = GeneratedNames.TakenIn(type),
        };
    }

    private static ResourceSpec ReadMember(ISymbol member, ITypeSymbol memberType, ResourceKind kind, SyntaxNode declaration, SemanticModels models, CancellationToken cancellationToken, TopologyDependencies? dependencies)
    {
        var (identifier, initializer) = declaration switch
        {
            VariableDeclaratorSyntax variable => (variable.Identifier, variable.Initializer?.Value),
            PropertyDeclarationSyntax property => (property.Identifier, property.Initializer?.Value ?? property.ExpressionBody?.Expression),
            _ => (default(SyntaxToken), null),
        };
        var memberSpan = identifier == default ? SourceSpans.From(declaration) : SourceSpans.From(identifier);
        var isNullable = memberType.NullableAnnotation == NullableAnnotation.Annotated;
        dependencies?.AddSymbol(memberType);
        if (initializer is null || kind == ResourceKind.KubernetesObject)
        {
            return ResourceSpecs.Of(member.Name, kind, member.IsStatic, IsReadOnly(member), memberSpan, [], null) with
            {
                HasInitializer = initializer is not null,
                IsNullable = isNullable,
            };
        }

        if (models.LiteralReader(initializer.SyntaxTree).TryRead(initializer, memberType) is { } literal)
        {
            return ResourceSpecs.Of(member.Name, kind, member.IsStatic, IsReadOnly(member), memberSpan, [], literal) with { IsNullable = isNullable };
        }

        try
        {
            var reader = new DeclarationReader(models.ForBinding(initializer.SyntaxTree), cancellationToken);
            var resource = reader.ReadResource(initializer);
            if (dependencies is not null)
            {
                dependencies.AddOperation(models.ForBinding(initializer.SyntaxTree).GetOperation(initializer, cancellationToken));
                if (reader.NonConstantValues.Count > 0)
                {
                    dependencies.MarkUnsafe();
                }
            }

            return ResourceSpecs.Of(member.Name, kind, member.IsStatic, IsReadOnly(member), memberSpan, reader.NonConstantValues, resource) with
            {
                IsNullable = isNullable,
                IsCustomized = reader.IsCustomized,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            dependencies?.MarkUnsafe();
            return ResourceSpecs.Of(member.Name, kind, member.IsStatic, IsReadOnly(member), memberSpan, [SourceSpans.From(initializer)], null) with { IsNullable = isNullable };
        }
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsReadOnly(ISymbol member) => member switch
    {
        IFieldSymbol field => field.IsReadOnly || field.IsConst,
        IPropertySymbol property => property.SetMethod is null,
        _ => false,
    };

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static SourceSpan ClassSpan(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            ? SourceSpans.From(declaration.Identifier)
            : type.Locations.FirstOrDefault() is { } location ? SourceSpans.From(location) : default;

    private static string KubernetesNamespace(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != ModelTypes.TopologyAttribute)
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Namespace" && named.Value.Value is string ns)
                {
                    return ns;
                }
            }
        }

        return "default";
    }

    private static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal",
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, Compilation> WithoutNullableAnalysis = new();

    /// <summary>
    /// The compilation the initializers are bound in: <paramref name="compilation"/> with nullable analysis off.
    /// With it on (every new .NET project), binding a field initializer runs the nullable walker over it, which made
    /// reading a declaration several times dearer (3.3 s against 0.85 s for the generator at 1,000 Services); nothing the reader keeps (constants, types, names) depends on
    /// nullability, and the member types whose annotations matter are read from the original symbols. Made once per
    /// compilation and shared by every topology of it (it reuses the syntax trees and references).
    /// </summary>
    internal static Compilation ForReading(Compilation compilation) =>
        compilation.Options.NullableContextOptions == NullableContextOptions.Disable || compilation.Options is not CSharpCompilationOptions options
            ? compilation
            : WithoutNullableAnalysis.GetValue(compilation, c => c.WithOptions(((CSharpCompilationOptions)c.Options).WithNullableContextOptions(NullableContextOptions.Disable)));

    /// <summary>
    /// Per syntax tree: the compilation's semantic model (reusing the caller's) with the literal reader over it, and,
    /// only for declarations that must be bound, a model to bind them in (see <see cref="ForReading"/>).
    /// </summary>
    private sealed class SemanticModels(Compilation compilation, SemanticModel? known, bool withoutNullableAnalysis, TopologyDependencies? dependencies)
    {
        private readonly Dictionary<SyntaxTree, LiteralDeclarationReader> _literalReaders = [];
        private readonly Dictionary<SyntaxTree, SemanticModel> _bindingModels = [];

        public LiteralDeclarationReader LiteralReader(SyntaxTree tree)
        {
            if (!_literalReaders.TryGetValue(tree, out var reader))
            {
                reader = new LiteralDeclarationReader(Model(compilation, tree), dependencies);
                _literalReaders.Add(tree, reader);
            }

            return reader;
        }

        public SemanticModel ForBinding(SyntaxTree tree)
        {
            if (!_bindingModels.TryGetValue(tree, out var model))
            {
                model = Model(withoutNullableAnalysis ? ForReading(compilation) : compilation, tree);
                _bindingModels.Add(tree, model);
            }

            return model;
        }

        private SemanticModel Model(Compilation owner, SyntaxTree tree) =>
            known is not null && known.SyntaxTree == tree && ReferenceEquals(known.Compilation, owner) ? known : owner.GetSemanticModel(tree);
    }
}
