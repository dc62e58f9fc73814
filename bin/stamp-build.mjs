// The last step of `npm run build`: records which sources build/ was compiled from.
import { stampBuild } from "./launch.mjs";

stampBuild();
