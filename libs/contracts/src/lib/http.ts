/** Every error the api sends has this shape. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Field path → messages, for validation failures ("address.postalCode"). */
  fields?: Record<string, string[]>;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
