using System.Globalization;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;
using InfraSdk.LocalCluster.Views;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The endpoints and EndpointSlice controllers: for each Service, the Endpoints of its selected pods and, when it has a
/// selector, its EndpointSlice; both written only when what they list changed, and deleted with the Service. The
/// default/kubernetes Service lists the API server itself, as kube-apiserver's endpoint reconciler writes it.
/// </summary>
internal sealed class EndpointsController(ObjectStore store, NodePortDataPlane dataPlane, DesiredStateBuilder desiredState, Func<string> serverAddress, TimeProvider time)
{
    /// <summary>Brings the Endpoints and EndpointSlices of the Services at <paramref name="serviceKeys"/> up to date
    /// (call under the registry's write lock); adds the writes to <paramref name="changes"/>.</summary>
    public void Sync(IEnumerable<string> serviceKeys, List<StoreChange> changes)
    {
        foreach (var key in serviceKeys)
        {
            var (ns, name) = ReplicaSetIndex.Split(key);
            var service = store.Get(ObjectRegistry.Key(ResourceType.Services, ns, name));
            var endpointsKey = ObjectRegistry.Key(ResourceType.Endpoints, ns, name);
            var sliceKey = ObjectRegistry.Key(ResourceType.EndpointSlices, ns, EndpointSliceView.NameFor(name));
            if (service is null)
            {
                Delete(endpointsKey, changes);
                Delete(sliceKey, changes);
                continue;
            }

            var isApiServer = ns == "default" && name == "kubernetes";
            if (isApiServer && serverAddress().Length == 0)
            {
                // The API server is not listening yet: the pass that follows its start writes them.
                continue;
            }

            var selected = EndpointsView.Selected(service, dataPlane.Candidates(ns, service.Object("spec").StringMap("selector")));
            var endpoints = isApiServer ? ApiServerEndpoints(service) : EndpointsView.For(service, selected, desiredState.ResolveTargetPort);
            Write(endpointsKey, endpoints, ["subsets"], changes);
            if (isApiServer)
            {
                Write(ObjectRegistry.Key(ResourceType.EndpointSlices, ns, name), ApiServerSlice(service), ["endpoints", "ports"], changes);
            }
            else if (service.Object("spec").StringMap("selector").Count > 0)
            {
                var ports = EndpointsView.Ports(service, desiredState.ResolveTargetPort, emptyName: "");
                Write(sliceKey, EndpointSliceView.For(service, selected, ports), ["endpoints", "ports"], changes);
            }
            else
            {
                Delete(sliceKey, changes);
            }
        }
    }

    /// <summary>Writes <paramref name="wanted"/> unless the stored object already says the same in its labels and <paramref name="content"/>.</summary>
    private void Write(StoredObjectKey key, JsonObject wanted, IReadOnlyList<string> content, List<StoreChange> changes)
    {
        var stored = store.Get(key);
        if (stored is not null
            && JsonNode.DeepEquals(stored.Object("metadata")?["labels"], wanted.Object("metadata")?["labels"])
            && content.All(field => JsonNode.DeepEquals(stored[field], wanted[field])))
        {
            return;
        }

        var metadata = wanted.Metadata();
        metadata["uid"] = stored.Object("metadata").String("uid") ?? Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = stored.Object("metadata").String("creationTimestamp") ?? KubernetesTime.Now(time);
        changes.Add(new StoreChange(key, wanted));
    }

    private void Delete(StoredObjectKey key, List<StoreChange> changes)
    {
        if (store.Get(key) is not null)
        {
            changes.Add(new StoreChange(key, null));
        }
    }

    private JsonObject ApiServerEndpoints(JsonObject service)
    {
        var (host, port) = ApiServerAddress();
        var endpoints = EndpointsView.For(service, [], desiredState.ResolveTargetPort);
        endpoints["subsets"] = new JsonArray(new JsonObject
        {
            ["addresses"] = new JsonArray(new JsonObject { ["ip"] = host }),
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "https", ["port"] = port, ["protocol"] = "TCP" }),
        });
        return endpoints;
    }

    private JsonObject ApiServerSlice(JsonObject service)
    {
        var (host, port) = ApiServerAddress();
        var slice = EndpointSliceView.For(service, [], new JsonArray(new JsonObject { ["name"] = "https", ["port"] = port, ["protocol"] = "TCP" }));
        slice.Metadata()["name"] = service.Name();
        slice.Metadata().Remove("generateName");
        slice["endpoints"] = new JsonArray(new JsonObject
        {
            ["addresses"] = new JsonArray(host),
            ["conditions"] = new JsonObject { ["ready"] = true },
        });
        return slice;
    }

    private (string Host, int Port) ApiServerAddress()
    {
        var address = serverAddress();
        var colon = address.LastIndexOf(':');
        return colon < 0 ? (address, 0) : (address[..colon], int.Parse(address[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
