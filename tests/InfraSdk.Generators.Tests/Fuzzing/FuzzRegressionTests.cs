namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>The projects the compiler fuzzer found crashing, shrunk to what it takes, each kept as an ordinary test.</summary>
public class FuzzRegressionTests
{
    /// <summary>Was a stack overflow, which ends the compiler's process: a topology nested in a generic class reading one of its own constants.</summary>
    [Fact]
    public void A_topology_in_a_generic_class_reading_its_own_constant()
    {
        AssertSafe("""
            using InfraSdk;
            public partial class Outer<Z>
            {
                [Topology]
                public static partial class T
                {
                    const string Name = "web";
                    public static readonly Deployment D = new(Name);
                }
            }
            """);
    }

    /// <summary>Was CS8785 (the hint name added twice), which drops every generated file: [Topology] on two parts of one class.</summary>
    [Fact]
    public void The_attribute_on_two_parts_of_one_topology()
    {
        AssertSafe("""
            using InfraSdk;
            [Topology] public static partial class T { }
            [Topology] public static partial class T { }
            """);
    }

    /// <summary>Compiled on their own but not with the generated part (CS0542, CS0102, CS0103): now skipped by the generator, and IS0013.</summary>
    [Fact]
    public void Topologies_whose_generated_part_would_not_compile()
    {
        AssertSafe(
            """
            using InfraSdk;
            [Topology] public static partial class Manifests { public static readonly Deployment D = new("d"); }
            [Topology] public static partial class T1 { public static readonly Deployment Resources = new("r"); }
            [Topology] public static partial class T2 { static int __infraSdkResources() => 0; }
            """,
            """
            using InfraSdk;
            [Topology] file static partial class T3 { public static readonly Deployment D = new("d"); static Deployment Read() => D; }
            """);
    }

    private static void AssertSafe(params string[] sources)
    {
        var project = new FuzzCase(sources);
        var (before, edited, fresh) = CompilerRun.Edit(project, project);

        Assert.Empty(before.Crashes.Concat(edited.Crashes).Concat(fresh.Crashes));
        Assert.Equal(before.Output, fresh.Output);
        Assert.Empty(before.GeneratedCodeErrors);
    }
}
