return await InfraSdk.Deploy.InfraApp.RunAsync(args, new InfraSdk.LocalCluster.LocalClusterSupport(), Shop.ShopTopology.Manifests);
