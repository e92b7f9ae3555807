import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Permission } from '@nutmeg/contracts';
import { PERMISSION_KEY } from '../../src/common/require-permission.decorator';

export interface DeclaredRoute {
  method: string;
  path: string;
  permission: Permission | undefined;
}

/** Every controller route of the running app with the permission it declares (or undefined). */
export function listRoutes(app: NestExpressApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const controllerPath = join(reflector.get<string | string[]>(PATH_METADATA, metatype));
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const methodPath = reflector.get<string | string[] | undefined>(PATH_METADATA, handler as never);
      const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler as never);
      if (methodPath === undefined || method === undefined) continue;
      const permission =
        reflector.get<Permission | undefined>(PERMISSION_KEY, handler as never) ??
        reflector.get<Permission | undefined>(PERMISSION_KEY, metatype);
      const path = ['/api', controllerPath, join(methodPath)].filter((part) => part && part !== '/').join('/').replace(/\/+/g, '/');
      routes.push({ method: RequestMethod[method], path, permission });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function join(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  return (first ?? '').replace(/^\/+|\/+$/g, '');
}
