namespace InfraSdk.LocalCluster.Views;

/// <summary>apimachinery's duration.HumanDuration: the compact ages of kubectl's AGE column ("45s", "5m3s", "2d4h").</summary>
internal static class HumanDuration
{
    public static string Format(TimeSpan age)
    {
        var seconds = (long)age.TotalSeconds;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 120)
        {
            return $"{seconds}s";
        }

        var minutes = seconds / 60;
        if (minutes < 10)
        {
            return WithRest(minutes, "m", seconds % 60, "s");
        }

        if (minutes < 180)
        {
            return $"{minutes}m";
        }

        var hours = minutes / 60;
        if (hours < 8)
        {
            return WithRest(hours, "h", minutes % 60, "m");
        }

        if (hours < 48)
        {
            return $"{hours}h";
        }

        if (hours < 24 * 8)
        {
            return WithRest(hours / 24, "d", hours % 24, "h");
        }

        if (hours < 24 * 365 * 2)
        {
            return $"{hours / 24}d";
        }

        return hours < 24 * 365 * 8 ? WithRest(hours / 24 / 365, "y", hours / 24 % 365, "d") : $"{hours / 24 / 365}y";
    }

    private static string WithRest(long whole, string unit, long rest, string restUnit) =>
        rest == 0 ? $"{whole}{unit}" : $"{whole}{unit}{rest}{restUnit}";
}
