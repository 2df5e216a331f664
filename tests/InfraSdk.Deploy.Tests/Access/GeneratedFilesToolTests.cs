using InfraSdk.Deploy.Access;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>
/// Each generated file passes its own tool's check (haproxy -c, nginx -t with the stream module, nft -c,
/// iptables-restore --test, named-checkzone), for a model with every case the writers treat apart and at full size,
/// and holds what the case asks for.
/// </summary>
public sealed class GeneratedFilesToolTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("infrasdk-access-files-");

    [Fact]
    public async Task Every_file_of_a_varied_model_passes_its_tool()
    {
        var model = AccessModels.Small(AccessModels.Settings("192.0.2.0/24", "198.51.100.7", "2001:db8::/32"));

        Write(model);

        await Tools.AllMustAcceptAsync(_folder.FullName, "apps.example.test");
    }

    [Fact]
    public async Task Without_allow_from_the_firewall_files_say_they_admit_any_source_and_still_pass()
    {
        var model = AccessModels.Small(AccessModels.Settings());

        Write(model);

        await Tools.AllMustAcceptAsync(_folder.FullName, "apps.example.test");
        Assert.Contains("# " + FirewallRules.AnySourceNote, Read("firewall.nft"));
        Assert.Contains("# " + FirewallRules.AnySourceNote, Read("firewall.iptables"));
        Assert.DoesNotContain(" drop", Read("firewall.nft"));
        Assert.Contains("-A INFRASDK-SOURCES -j ACCEPT", Read("firewall.iptables"));
    }

    [Fact]
    public async Task At_full_size_every_file_passes_its_tool()
    {
        var model = AccessModels.FullSize(AccessModels.Settings("10.0.0.0/8"));

        Write(model);

        await Tools.AllMustAcceptAsync(_folder.FullName, "apps.example.test");
        Assert.Equal(2768 - 69, Count(Read("haproxy.cfg"), "\nfrontend "));
        Assert.Equal(2768, Count(Read("nginx-stream.conf"), "\n    server {"));
    }

    [Fact]
    public void Haproxy_checks_every_serving_node_and_a_local_load_balancer_on_its_health_check_node_port()
    {
        Write(AccessModels.Small(AccessModels.Settings()));

        var haproxy = Read("haproxy.cfg");
        Assert.Contains("frontend shop.web.30007.tcp\n    bind 127.0.0.1:30007\n    default_backend shop.web.30007.tcp\n", haproxy);
        Assert.Contains("    server node-2 10.0.0.2:30007 check\n", haproxy);
        Assert.Contains("    server node-6 [fd00::6]:30007 check\n", haproxy);
        Assert.Contains("backend shop.checkout.30443.tcp\n    balance roundrobin\n    option httpchk GET /healthz\n    server node-1 10.0.0.1:30443 check port 30100\n", haproxy);
        Assert.DoesNotContain("30514", haproxy);
        Assert.DoesNotContain("30899", haproxy);
    }

    [Fact]
    public void Nginx_proxies_tcp_and_udp_and_expects_replies_only_from_udp_services_that_answered()
    {
        Write(AccessModels.Small(AccessModels.Settings()));

        var nginx = Read("nginx-stream.conf");
        Assert.Contains("listen 127.0.0.1:30053;", nginx);
        Assert.Contains("listen 127.0.0.1:30053 udp;\n        proxy_pass infra.dns.30053.udp;\n        proxy_responses 1;", nginx);
        Assert.Contains("listen 127.0.0.1:30514 udp;\n        proxy_pass shop.syslog.30514.udp;\n        proxy_responses 0;", nginx);
        Assert.DoesNotContain("30899", nginx);
    }

    [Fact]
    public void The_firewalls_admit_exactly_the_node_ports_from_the_allowed_ranges_to_the_node_addresses()
    {
        Write(AccessModels.Small(AccessModels.Settings("192.0.2.0/24", "2001:db8::/32")));

        var nft = Read("firewall.nft");
        Assert.Contains("set tcp_node_ports {\n        type inet_service\n        elements = { 30007, 30053, 30100, 30443 }\n", nft);
        Assert.Contains("set udp_node_ports {\n        type inet_service\n        elements = { 30053, 30514 }\n", nft);
        Assert.Contains("elements = { 10.0.0.1, 10.0.0.2, 10.0.0.3 }", nft);
        Assert.Contains("elements = { fd00::6 }", nft);
        Assert.Contains("ip saddr @allowed_v4 accept\n", nft);
        Assert.Contains("ip6 saddr @allowed_v6 accept\n", nft);
        var iptables = Read("firewall.iptables");
        Assert.Contains("-A INFRASDK-NODEPORTS -p tcp -m multiport --dports 30007,30053,30100,30443 -j INFRASDK-SOURCES\n", iptables);
        Assert.Contains("-A INFRASDK-NODEPORTS -p udp -m multiport --dports 30053,30514 -j INFRASDK-SOURCES\n", iptables);
        Assert.Contains("-A INFRASDK-SOURCES -s 192.0.2.0/24 -j ACCEPT\n-A INFRASDK-SOURCES -j DROP\n", iptables);
        Assert.DoesNotContain("fd00::6", iptables.Split('\n').Where(line => !line.StartsWith('#')));
    }

    [Fact]
    public void Multiport_lists_take_ranges_for_consecutive_ports_and_at_most_fifteen_slots()
    {
        Assert.Equal(["30000:32767"], IptablesWriter.Multiport([.. Enumerable.Range(30000, 2768)]));
        var alternate = Enumerable.Range(0, 20).Select(i => 30000 + (2 * i)).ToList();
        var lists = IptablesWriter.Multiport(alternate).ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(15, lists[0].Split(',').Length);
        Assert.Equal(["30000:30002,30004"], IptablesWriter.Multiport([30000, 30001, 30002, 30004]));
    }

    [Fact]
    public void The_zone_names_each_service_and_its_ports_and_with_only_reachable_only_the_nodes_that_answered()
    {
        Write(AccessModels.Small(AccessModels.Settings()));
        var zone = Read("apps.example.test.zone");
        Assert.Contains("web.shop IN A 10.0.0.2\n", zone);
        Assert.Contains("web.shop IN AAAA fd00::6\n", zone);
        Assert.Contains("_80._tcp.web.shop IN SRV 0 1 30007 node-2.node\n", zone);
        Assert.Contains("_dns._udp.dns.infra IN SRV 0 1 30053 node-3.node\n", zone);
        Assert.Contains("checkout.shop IN A 10.0.0.1\n", zone);
        Assert.DoesNotContain("checkout.shop IN A 10.0.0.2", zone);

        Write(AccessModels.Small(AccessModels.Settings() with { OnlyReachable = true }));

        var reachable = Read("apps.example.test.zone");
        Assert.Contains("web.shop IN A 10.0.0.1\n", reachable);
        Assert.DoesNotContain("web.shop IN A 10.0.0.2\n", reachable);
        Assert.DoesNotContain("_80._tcp.web.shop IN SRV 0 1 30007 node-2.node\n", reachable);
        Assert.DoesNotContain("syslog.shop IN A", reachable);
    }

    [Fact]
    public void A_file_is_rewritten_only_when_it_changes_and_the_zone_keeps_its_serial_when_only_the_serial_would_change()
    {
        var model = AccessModels.Small(AccessModels.Settings());
        Assert.All(AccessFiles.Of(model, 100), file => Assert.True(AtomicFileWriter.Write(_folder.FullName, file)));

        Assert.All(AccessFiles.Of(model, 200), file => Assert.False(AtomicFileWriter.Write(_folder.FullName, file), file.Name));
        Assert.Contains("    100 ; serial", Read("apps.example.test.zone"));

        var changed = AccessModels.Small(AccessModels.Settings("192.0.2.0/24"));
        var written = AccessFiles.Of(changed, 300).Where(file => AtomicFileWriter.Write(_folder.FullName, file)).Select(file => file.Name).ToList();
        Assert.Equal(["firewall.nft", "firewall.iptables", "access.json"], written);
        Assert.Empty(_folder.GetFiles(".*.tmp"));
    }

    private void Write(AccessModel model)
    {
        foreach (var file in AccessFiles.Of(model, 2026120101))
        {
            AtomicFileWriter.Write(_folder.FullName, file);
        }
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(_folder.FullName, name));

    private static int Count(string text, string what) => text.Split(what).Length - 1;

    public void Dispose() => _folder.Delete(recursive: true);
}
