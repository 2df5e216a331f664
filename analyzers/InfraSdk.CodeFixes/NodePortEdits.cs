using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.CodeFixes;

/// <summary>Puts a nodePort into the syntax a nodePort diagnostic points at.</summary>
internal static class NodePortEdits
{
    private const string NodePortParameter = "NodePort";

    /// <summary>
    /// The node to change for a diagnostic at <paramref name="span"/>: the nodePort value expression (IS0001, IS0002,
    /// IS0010) or the <c>new ServicePort(...)</c> that lacks one (IS0009).
    /// </summary>
    public static SyntaxNode? FindTarget(SyntaxNode root, TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        return node switch
        {
            BaseObjectCreationExpressionSyntax creation => creation,
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
    }

    public static void UsePort(SyntaxEditor editor, SyntaxNode target, int port)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(port));
        if (target is BaseObjectCreationExpressionSyntax creation)
        {
            var argument = SyntaxFactory.Argument(SyntaxFactory.NameColon(NodePortParameter), default, literal);
            var arguments = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
            editor.ReplaceNode(creation, creation.WithArgumentList(arguments.AddArguments(argument)));
        }
        else
        {
            editor.ReplaceNode(target, literal.WithTriviaFrom(target));
        }
    }
}
