using System.Collections.Generic;
using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>How both readers build an object's members: constructor arguments first, then the initializer, the last value of a name winning.</summary>
internal static class DeclMembers
{
    /// <summary>Sets a member, replacing an earlier value; a value that could not be read removes it.</summary>
    public static void Set(List<DeclMember> members, string name, DeclValue? value)
    {
        members.RemoveAll(member => member.Name == name);
        if (value is not null)
        {
            members.Add(new DeclMember(name, value));
        }
    }

    public static DeclValue? Find(List<DeclMember> members, string name) => members.Find(member => member.Name == name)?.Value;

    /// <summary>A constructor parameter sets the property of the same name ("name" sets Name).</summary>
    public static string PropertyName(string parameter) =>
        parameter.Length == 0 ? parameter : char.ToUpperInvariant(parameter[0]) + parameter.Substring(1);
}
