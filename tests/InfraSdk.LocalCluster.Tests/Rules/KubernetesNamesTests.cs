using InfraSdk.Kubernetes;

namespace InfraSdk.LocalCluster.Tests.Rules;

/// <summary>The name rules answer with apimachinery's messages, RegexError suffixes included.</summary>
public sealed class KubernetesNamesTests
{
    [Fact]
    public void A_bad_DNS_1035_label_gets_the_message_with_examples_and_regex()
    {
        Assert.Equal(
            ["a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
            KubernetesNames.CheckDns1035Label("1web"));
    }

    [Fact]
    public void A_DNS_1123_label_with_dots_is_told_so()
    {
        Assert.Equal(["must not contain dots"], KubernetesNames.CheckDns1123Label("web.shop"));
    }

    [Fact]
    public void Too_long_and_badly_formed_names_get_both_problems()
    {
        Assert.Equal(
            ["must be no more than 63 characters", "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
            KubernetesNames.CheckDns1035Label(new string('a', 63) + "-"));
    }

    [Fact]
    public void A_subdomain_has_one_example()
    {
        Assert.Equal(
            ["a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"],
            KubernetesNames.CheckDns1123Subdomain("Shop"));
    }

    [Fact]
    public void Label_keys_and_values_follow_IsQualifiedName_and_IsValidLabelValue()
    {
        Assert.Empty(KubernetesNames.CheckQualifiedName("app.kubernetes.io/name"));
        Assert.Equal(["prefix part must be non-empty"], KubernetesNames.CheckQualifiedName("/name"));
        Assert.Equal(
            ["name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"],
            KubernetesNames.CheckQualifiedName("-app"));
        Assert.Empty(KubernetesNames.CheckLabelValue(""));
        Assert.Equal(
            ["a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"],
            KubernetesNames.CheckLabelValue("web-"));
    }

    [Fact]
    public void Port_names_follow_IsValidPortName()
    {
        Assert.Empty(KubernetesNames.CheckPortName("http-alt"));
        Assert.Equal(
            ["must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must not contain consecutive hyphens"],
            KubernetesNames.CheckPortName("Web--x"));
        Assert.Equal(["must contain at least one letter (a-z)"], KubernetesNames.CheckPortName("8080"));
        Assert.Equal(["must be no more than 15 characters"], KubernetesNames.CheckPortName("a-very-long-port-name"));
    }

    [Fact]
    public void A_trailing_newline_is_not_a_valid_name()
    {
        Assert.NotEmpty(KubernetesNames.CheckDns1123Label("web\n"));
    }
}
