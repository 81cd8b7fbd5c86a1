// The real data package, loaded in node for unit and component tests.
import { resolve } from 'node:path';
import { readDataDir } from '../../scripts/read-data.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { buildModel, type ClusterData } from '../../src/lib/data/model.ts';
import { makeCluster, type Cluster } from '../../src/lib/state/cluster.ts';

let cached: Cluster | null = null;
export function loadClusterData(dir = resolve('data')): ClusterData {
  const { data, problems, broken } = validateData(readDataDir(dir));
  return buildModel(data, problems, broken);
}
export function testCluster(): Cluster {
  cached ??= makeCluster(loadClusterData());
  return cached;
}
