"""Virtual disks read as the guest sees them, and the QCOW2 stream made from them."""
