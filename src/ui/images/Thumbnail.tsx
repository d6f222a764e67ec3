/** One image file shown small, from its Blob through an object URL that is revoked when it goes. */
import { useEffect, useRef } from 'react';

interface ThumbnailProps {
  readonly file: Blob | undefined;
  readonly alt: string;
  readonly size?: number;
}

export function Thumbnail({ file, alt, size = 64 }: ThumbnailProps) {
  const image = useRef<HTMLImageElement>(null);
  const usable = file !== undefined && file.size > 0;
  // The object URL is the external resource here: made for the element, revoked when it goes.
  useEffect(() => {
    const element = image.current;
    if (!element || !file || file.size === 0) return undefined;
    const objectUrl = URL.createObjectURL(file);
    element.src = objectUrl;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(objectUrl);
    };
  }, [file]);
  const style = { width: size, height: size };
  // Small images are drawn with visible pixels (image-rendering: pixelated), as the network sees them.
  return usable ? (
    <img ref={image} className="thumb" alt={alt} title={alt} style={style} />
  ) : (
    <span className="thumb thumb-missing" role="img" aria-label={alt} title={alt} style={style} />
  );
}

/** The file name of a relative path ("cat/001.png" → "001.png"). */
export function fileNameOf(relativePath: string): string {
  return relativePath.slice(relativePath.lastIndexOf('/') + 1);
}
