return await InfraSdk.Deploy.InfraApp.RunAsync(args, Shop.ShopTopology.Manifests);
