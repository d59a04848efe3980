/** A council (local authority): the tenant, known by its DfE three-digit LA code. */
export interface Council {
  laCode: string;
  name: string;
  region?: string;
  statisticalNeighbours?: string[];
  createdAt: string;
  updatedAt: string;
}
