// The cluster in context, replaceable: the app draws from the lean data first and swaps in the full data
// (with every source) when it arrives. Views read through these getters, so they follow the swap.
import type { Cluster } from './cluster.ts';

export class LiveCluster implements Cluster {
  #current = $state.raw<Cluster>() as Cluster;
  constructor(initial: Cluster) {
    this.#current = initial;
  }
  replace(next: Cluster) {
    this.#current = next;
  }
  get data() {
    return this.#current.data;
  }
  get items() {
    return this.#current.items;
  }
  get ctx() {
    return this.#current.ctx;
  }
  isKnown: Cluster['isKnown'] = (dim, id) => this.#current.isKnown(dim, id);
  actor: Cluster['actor'] = (id) => this.#current.actor(id);
  project: Cluster['project'] = (id) => this.#current.project(id);
}
