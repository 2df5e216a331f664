namespace InfraSdk.ClusterBench;

/// <summary>Median, minimum and maximum of a set of samples.</summary>
public sealed record Figures(double Median, double Min, double Max)
{
    public static Figures Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Figures(median, sorted[0], sorted[^1]);
    }
}
