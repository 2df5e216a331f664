using InfraSdk.Deploy.Applying;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class WriteProgressTests
{
    [Fact]
    public void A_stop_before_any_write_or_in_a_dry_run_changed_nothing()
    {
        var dryRun = new WriteProgress("deploy") { DryRun = true };
        dryRun.WillApply(5);
        dryRun.Applied();

        Assert.Equal("Stopped: plan changed nothing on the cluster.", new WriteProgress("plan").DescribeStop());
        Assert.Equal("Stopped: deploy changed nothing on the cluster.", dryRun.DescribeStop());
    }

    [Fact]
    public void A_stop_mid_apply_counts_both_sides_and_prunes_apart()
    {
        var progress = new WriteProgress("deploy");
        progress.WillDelete(2);
        progress.Deleted();
        progress.WillApply(10);
        Enumerable.Range(0, 4).ToList().ForEach(_ => progress.Applied());

        Assert.Equal(
            "Stopped: 4 of 10 objects applied, 6 not; 1 of 2 objects deleted, 1 not (a request cancelled in flight may have been carried out too); run deploy again to finish.",
            progress.DescribeStop());
    }

    [Fact]
    public void A_stop_after_every_write_names_what_did_not_finish()
    {
        var one = new WriteProgress("deploy") { Phase = "the wait for readiness and verify" };
        one.WillApply(1);
        one.Applied();
        var destroy = new WriteProgress("destroy");
        destroy.WillDelete(3);
        Enumerable.Range(0, 3).ToList().ForEach(_ => destroy.Deleted());

        Assert.Equal("Stopped: 1 object applied; the wait for readiness and verify did not finish.", one.DescribeStop());
        Assert.Equal("Stopped: all 3 objects deleted.", destroy.DescribeStop());
    }
}
